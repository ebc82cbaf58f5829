def log = new File(basedir, 'build.log').text
assert new File(basedir, 'target/hot/bad/bad.yaml').isFile()
assert log.contains('hot:render: 2 template problem(s)')
assert log.contains('bad/bad.yaml: resources.web.depends_on: unknown resource "db"')
assert log.contains('bad/bad.yaml: resources.web.properties.flavor.get_param: unknown parameter "flavor"')
return true
