def web = new File(basedir, 'target/hot/web/web.yaml')
assert web.isFile() : "missing $web"
def text = web.text
assert text.contains('type: Acme::Storage::Bucket')
assert text.contains('type: OS::Nova::Server')
assert text.contains('type: Acme::App::Backend')
assert text.contains('port: 9000')
assert new File(basedir, 'target/generated-sources/hot/com/example/hot/acme/storage/Bucket.java').isFile()
def log = new File(basedir, 'build.log').text
assert new File(basedir, 'target/generated-sources/hot/com/example/hot/acme/app/Backend.java').isFile()
assert log.contains('hot:generate: 2 resource types')
assert log.contains('hot:render: web')
assert !log.contains('[WARNING] hot:render')
return true
