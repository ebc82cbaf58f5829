#!/bin/sh
echo "booted"
