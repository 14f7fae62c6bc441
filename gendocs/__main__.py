from gendocs.cli import main

main()
