"""The package list, which pyproject.toml cannot express: everything under app/, plus the
repository's top-level resources/ folder shipped inside the package as app.resources
(found at run time with importlib.resources, see app/resource_files.py)."""

from setuptools import find_namespace_packages, setup

APP = find_namespace_packages(include=["app", "app.*"], exclude=["*.__pycache__"])

setup(packages=[*APP, "app.resources"], package_dir={"app.resources": "resources"})
